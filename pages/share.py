"""Placeholder until the sharing issue lands."""

import streamlit as st

from ui.widgets import page_setup, step_links

PAGE = "pages/share.py"
page_setup(PAGE)
st.title("Share")
step_links(PAGE)
