NAME = "alpha from ns1"
