import app as mod

def test_route_registered():
    assert "/files" in mod.app.routes
