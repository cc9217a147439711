def main():
    return "demo main"


def first_plugin():
    return "first plugin"
