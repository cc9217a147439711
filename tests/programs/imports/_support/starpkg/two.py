TWO = 2
print("starpkg.two imported by star-import through __all__")
