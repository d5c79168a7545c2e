"""Sign-in that forgives letter case: invited people's usernames are their email addresses."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db.models import Q


class CaseInsensitiveModelBackend(ModelBackend):
    """Django's ModelBackend, matching the username or the email address in any letter case."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        users = get_user_model()._default_manager
        username = username or kwargs.get(users.model.USERNAME_FIELD)
        if not username or password is None:
            return None
        candidates = list(users.filter(Q(username__iexact=username) | Q(email__iexact=username))[:5])
        exact = [user for user in candidates if user.get_username() == username]
        for user in exact or candidates:
            if user.check_password(password) and self.user_can_authenticate(user):
                return user
        if not candidates:
            users.model().set_password(password)  # same work as a real check, so timing tells nothing
        return None
