import yaml


def load_config(text):
    return yaml.safe_load(text)
