import random


def new_otp():
    otp = random.randint(100000, 999999)
    return otp
