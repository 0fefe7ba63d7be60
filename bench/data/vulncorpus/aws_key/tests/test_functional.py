import app

def test_region():
    assert app.region() == "eu-west-1"
