AWS_ACCESS_KEY_ID = "AKIAZ7QW3RT5YUI9OPAS"


def region():
    return "eu-west-1"
