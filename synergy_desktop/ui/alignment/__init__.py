"""The NBSAP alignment page: national targets, the matrix and the gaps."""
