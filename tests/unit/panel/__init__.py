"""A panel of people invited to interviews they don't want, each judged against the article first."""
