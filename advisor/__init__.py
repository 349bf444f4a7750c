"""The Interview Advisor's domain: pure Python, usable without Streamlit.

Everything that decides, scores, encodes or writes lives here so that a notebook, a
command line or a test can use it; the Streamlit pages only lay out widgets around it.
"""
