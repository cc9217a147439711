# 'return' with a value inside an async generator.
async def agen():
    yield 1
    return 5
