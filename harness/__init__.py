"""Running the app for a machine to look at: Chromium's launch settings and a Streamlit server on
loopback. Shared by the browser tests and the benchmarks, so neither imports the other."""
