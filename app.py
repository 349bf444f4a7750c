"""Interview Advisor: `streamlit run app.py`. The router itself lives in ui.router."""

from ui.router import route

route()
