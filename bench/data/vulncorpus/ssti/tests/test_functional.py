import app as mod

def test_route_registered():
    assert "/hello" in mod.app.routes
