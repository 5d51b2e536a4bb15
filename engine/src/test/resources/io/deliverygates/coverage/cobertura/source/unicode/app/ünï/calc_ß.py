def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    return 0

def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
    return total
