import json
from typing import Any, Dict


def unit_price(cost: float, margin: float = 0.25) -> float:
    return round(cost * (1 + margin), 2)


def load_prices(text: str) -> Dict[str, Any]:
    data = json.loads(text)
    return {str(key): value for key, value in data.items()}


def discounted(price, percent):
    factor = 1 - percent / 100
    return round(price * factor, 2)


def bulk(prices, percent: float) -> list:
    return [discounted(p, percent) for p in prices]
