import pytest
import yaml
import app

def test_python_tags_rejected():
    with pytest.raises(yaml.YAMLError):
        app.load_docs("!!python/object/apply:os.getcwd []")
