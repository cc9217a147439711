# An invalid match pattern (expression where a pattern is expected).
match 5:
    case x + 1:
        pass
