# Uncaught AttributeError and NameError get "Did you mean" suggestions in the traceback.
class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 30
c = Config()
print(c.verbose)
try:
    primt("typo")
except NameError as e:
    print("str(e) has no suggestion:", e)
print(c.timeuot)
