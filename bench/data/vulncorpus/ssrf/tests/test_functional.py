import app as mod

def test_route_registered():
    assert "/preview" in mod.app.routes
