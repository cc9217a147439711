import sys
print("runnable.__main__ running as", __name__, "package", __package__, "argv0 tail", sys.argv[0].split("/")[-1])
