"""Interview Advisor: `streamlit run app.py`.

Streamlit runs this file as the script of every session (``__name__`` is then ``"__main__"``):
the router, ``ui.shell.router``, draws the page. `streamlit run` itself first imports it to find
``app``, and serves that: Streamlit's own server, with ``ui.server.serving.Preload`` telling each page
which widget code it will need.
"""

import streamlit as st
from starlette.middleware import Middleware

if __name__ == "__main__":
    from ui.shell.router import route

    route()
else:
    from ui.server.serving import Preload

    app = st.App(__file__, middleware=[Middleware(Preload)])
