from dataclasses import dataclass, field
from typing import Dict, List, Optional


@dataclass
class Item:
    sku: str
    name: str
    quantity: int = 0
    tags: List[str] = field(default_factory=list)


class Stock:
    def __init__(self) -> None:
        self.items: Dict[str, Item] = {}

    def add(self, item: Item) -> None:
        existing = self.items.get(item.sku)
        if existing is None:
            self.items[item.sku] = item
        else:
            existing.quantity += item.quantity

    def find(self, sku: str) -> Optional[Item]:
        return self.items.get(sku)

    def low(self, below: int = 5) -> List[Item]:
        return [item for item in self.items.values() if item.quantity < below]

    def restock(self, sku, amount):
        item = self.items[sku]
        item.quantity = item.quantity + amount
        return item

    def export(self):
        rows = []
        for item in self.items.values():
            rows.append({"sku": item.sku, "name": item.name, "quantity": item.quantity})
        return rows
