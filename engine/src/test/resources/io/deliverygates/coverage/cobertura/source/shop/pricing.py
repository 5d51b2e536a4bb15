"""Prices with discounts: a tiny module to produce a real coverage.py report."""


def discount(total, member):
    if total <= 0:
        raise ValueError("total must be positive")
    if member and total > 100:
        return total * 0.9
    if member:
        return total * 0.95
    return total


def shipping(total, country):
    if country == "DE":
        return 0 if total > 50 else 4.9
    return 9.9


class Basket:
    def __init__(self):
        self.items = []

    def add(self, price):
        self.items.append(price)

    def total(self):
        return sum(self.items)

    def clear(self):
        self.items = []
