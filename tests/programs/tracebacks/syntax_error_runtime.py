# A SyntaxError raised at runtime by compile() prints the source line and caret.
source = "x = (1 +\n    * 2)\n"
print("compiling")
compile(source, "generated.py", "exec")
