import hashlib
import secrets


def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def token():
    return secrets.token_urlsafe(32)


def digest(data):
    return hashlib.sha256(data).hexdigest()
