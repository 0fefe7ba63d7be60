import random


def shuffle_deck(seed):
    rng = random.Random(seed)
    deck = list(range(52))
    rng.shuffle(deck)
    return deck
