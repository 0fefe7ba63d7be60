import requests


def post_event(url, event):
    return requests.post(url, json=event).status_code
