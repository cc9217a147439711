VALUE = 42
print("helper_mod imported", __name__)
def greet(who):
    return "hello " + who
