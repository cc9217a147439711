# SystemExit with several arguments: code is the args tuple, printed to stderr, status 1.
print("raising SystemExit with two args")
raise SystemExit(3, "extra")
