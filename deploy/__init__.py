"""Running the app for visitors: several Streamlit replicas behind nginx (cluster.py), each
started and health-checked by replica.py, and a container image (Containerfile). Nothing here
imports the tests, their harness or the benchmarks: the image ships only the app and deploy/."""
