import base64, pickle
import app

def test_roundtrip():
    cookie = base64.b64encode(pickle.dumps({"user": "ann"}))
    assert app.load_session(cookie) == {"user": "ann"}
