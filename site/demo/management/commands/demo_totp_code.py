"""`manage.py demo_totp_code`: the code the demo facilitator's authenticator app would show now (development only)."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from demo.loader import DEMO_DEVICE_NAME
from demo.users import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Print the current two-step sign-in code of a demo user (the demo facilitator by default)."

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?", default="facilitator")

    def handle(self, *args, username, **options):
        # Only the demo's own device, whose key is published in the README, is ever read here.
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError("Demo codes are not available here: settings.DEMO_CONTENT_ALLOWED is not true.")
        device = TOTPDevice.objects.filter(user__username=username, name=DEMO_DEVICE_NAME, confirmed=True).first()
        if device is None:
            raise CommandError(f"{username} has no demo authenticator: run `manage.py load_demo_content` first.")
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        totp.time = time.time()
        seconds_left = device.step - int(totp.time - device.t0) % device.step
        self.stdout.write(f"{totp.token():0{device.digits}d}")
        self.stderr.write(
            f"Valid for about {seconds_left} more seconds (and the next 30). Key for an app: {DEMO_TOTP_SECRET}"
        )
