# Repeated keyword argument in a call.
print(sep="", sep=" ")
