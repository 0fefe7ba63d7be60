import hashlib


def etag(body):
    checksum = hashlib.md5(body).hexdigest()
    return f'"{checksum}"'
