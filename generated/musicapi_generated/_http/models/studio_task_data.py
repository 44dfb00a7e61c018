# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_task_output import StudioTaskOutput


T = TypeVar("T", bound="StudioTaskData")


@_attrs_define
class StudioTaskData:
    task_id: str
    status: str
    notify_hook: None | str | Unset = UNSET
    action: None | str | Unset = UNSET
    fail_reason: None | str | Unset = UNSET
    submit_time: int | None | Unset = UNSET
    start_time: int | None | Unset = UNSET
    finish_time: int | None | Unset = UNSET
    progress: None | str | Unset = UNSET
    data: None | StudioTaskOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.studio_task_output import StudioTaskOutput

        task_id = self.task_id

        status = self.status

        notify_hook: None | str | Unset
        if isinstance(self.notify_hook, Unset):
            notify_hook = UNSET
        else:
            notify_hook = self.notify_hook

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        fail_reason: None | str | Unset
        if isinstance(self.fail_reason, Unset):
            fail_reason = UNSET
        else:
            fail_reason = self.fail_reason

        submit_time: int | None | Unset
        if isinstance(self.submit_time, Unset):
            submit_time = UNSET
        else:
            submit_time = self.submit_time

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        finish_time: int | None | Unset
        if isinstance(self.finish_time, Unset):
            finish_time = UNSET
        else:
            finish_time = self.finish_time

        progress: None | str | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, StudioTaskOutput):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "status": status,
            }
        )
        if notify_hook is not UNSET:
            field_dict["notify_hook"] = notify_hook
        if action is not UNSET:
            field_dict["action"] = action
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if submit_time is not UNSET:
            field_dict["submit_time"] = submit_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if finish_time is not UNSET:
            field_dict["finish_time"] = finish_time
        if progress is not UNSET:
            field_dict["progress"] = progress
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.studio_task_output import StudioTaskOutput

        d = dict(src_dict)
        task_id = d.pop("task_id")

        status = d.pop("status")

        def _parse_notify_hook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_hook = _parse_notify_hook(d.pop("notify_hook", UNSET))

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_fail_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fail_reason = _parse_fail_reason(d.pop("fail_reason", UNSET))

        def _parse_submit_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        submit_time = _parse_submit_time(d.pop("submit_time", UNSET))

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_finish_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finish_time = _parse_finish_time(d.pop("finish_time", UNSET))

        def _parse_progress(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_data(data: object) -> None | StudioTaskOutput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = StudioTaskOutput.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioTaskOutput | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        studio_task_data = cls(
            task_id=task_id,
            status=status,
            notify_hook=notify_hook,
            action=action,
            fail_reason=fail_reason,
            submit_time=submit_time,
            start_time=start_time,
            finish_time=finish_time,
            progress=progress,
            data=data,
        )

        studio_task_data.additional_properties = d
        return studio_task_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
