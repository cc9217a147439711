for expr in ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1 + '1'", "'1' + 1", "2 ** 'x'", "-'a'", "1 << -1"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__ + ":", e)
