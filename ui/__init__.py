"""Streamlit glue shared by the pages: the case in session, URL sync, shared widgets."""
