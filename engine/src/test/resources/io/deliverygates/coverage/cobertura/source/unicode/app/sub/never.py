def never(a, b):
    if a and b:
        return a
    while a:
        a -= 1
    return b
