import yaml


def load_docs(text):
    return list(yaml.load_all(text, Loader=yaml.UnsafeLoader))
