NAME = "beta from ns2"
