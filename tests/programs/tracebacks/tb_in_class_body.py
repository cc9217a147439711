# An exception raised while executing a class body shows the class-body frame.
class Config:
    name = "cfg"
    size = int("not a number")
