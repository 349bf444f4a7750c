"""Placeholder until the sharing issue lands."""

import streamlit as st

from ui.widgets import page_setup, step_links

PAGE = "pages/mentor.py"
page_setup(PAGE)
st.title("Mentor")
step_links(PAGE)
