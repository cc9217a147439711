class Boom(Exception):
    pass
raise Boom("custom message")
