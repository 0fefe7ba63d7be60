token_type = "Bearer"
password_field = "password"
SECRET_KEY_NAME = "APP_SECRET"


def auth_header(token):
    return {"Authorization": f"{token_type} {token}"}
