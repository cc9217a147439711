def load():
    try:
        return {}["config"]
    except KeyError as e:
        raise RuntimeError("cannot load") from e
load()
