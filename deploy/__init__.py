"""Running the app for visitors: several Streamlit replicas behind nginx (cluster.py), and a
container image (Containerfile)."""
