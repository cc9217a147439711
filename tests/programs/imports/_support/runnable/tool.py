from . import helper_value
RESULT = "tool ran as " + __name__ + " with spec " + str(__spec__.name if __spec__ else None)
if __name__ == "__main__":
    print(RESULT, helper_value)
