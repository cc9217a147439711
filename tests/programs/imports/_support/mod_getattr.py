# Helper module with module-level __getattr__ and __dir__ (PEP 562).
real = "real attribute"
def __getattr__(name):
    if name.startswith("lazy_"):
        return "computed " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["real", "lazy_example"]
