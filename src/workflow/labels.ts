/**
 * The Vietnamese and English names of every workflow state and event, as clerks read them in messages and on pages.
 * Vocabulary only: the machines themselves stay in their features.
 */
export const STATE_LABELS: Readonly<Record<string, readonly [vi: string, en: string]>> = {
  draft: ['Nháp', 'Draft'],
  submitted: ['Đã trình, chờ thẩm định', 'Submitted'],
  returned: ['Trả lại để bổ sung', 'Returned'],
  verified: ['Đã thẩm định', 'Verified'],
  in_council: ['Đang xét tại Hội đồng', 'In council'],
  approved: ['Được chấp thuận', 'Approved'],
  rejected: ['Không được chấp thuận', 'Rejected'],
  withdrawn: ['Đơn vị rút hồ sơ', 'Withdrawn'],
  forwarded: ['Đã trình cấp trên', 'Forwarded'],
  decided: ['Đã có quyết định', 'Decided'],
  awarded: ['Đã trao tặng', 'Awarded'],
  revoked: ['Đã hủy bỏ quyết định', 'Revoked'],
  planned: ['Đã lên lịch', 'Planned'],
  open: ['Đang họp', 'In session'],
  closed: ['Đã kiểm phiếu', 'Closed'],
  minutes_signed: ['Biên bản đã ký', 'Minutes signed'],
  launched: ['Đang triển khai', 'Launched'],
  concluded: ['Đã tổng kết', 'Concluded'],
  archived: ['Lưu trữ', 'Archived'],
  cancelled: ['Đã hủy', 'Cancelled'],
  assigned: ['Đã giao', 'Assigned'],
  in_progress: ['Đang thực hiện', 'In progress'],
  achieved: ['Đạt', 'Achieved'],
  missed: ['Không đạt', 'Missed'],
};

export const EVENT_LABELS: Readonly<Record<string, readonly [vi: string, en: string]>> = {
  SUBMIT: ['Trình hồ sơ', 'Submit'],
  RESUBMIT: ['Trình lại', 'Resubmit'],
  WITHDRAW: ['Rút hồ sơ', 'Withdraw'],
  RETURN: ['Trả lại để bổ sung', 'Return for changes'],
  VERIFY: ['Thẩm định đạt', 'Verify'],
  REJECT: ['Không chấp thuận', 'Reject'],
  APPROVE: ['Chấp thuận', 'Approve'],
  SCHEDULE: ['Đưa ra Hội đồng', 'Schedule for the council'],
  FORWARD: ['Trình cấp trên', 'Forward'],
  DECIDE: ['Quyết định', 'Decide'],
  AWARD: ['Đã trao tặng', 'Mark as awarded'],
  REVOKE: ['Hủy bỏ quyết định', 'Revoke'],
  OPEN: ['Khai mạc phiên họp', 'Open the session'],
  CLOSE: ['Kết thúc, kiểm phiếu', 'Close and count'],
  SIGN_MINUTES: ['Ký biên bản', 'Sign the minutes'],
  CANCEL: ['Hủy', 'Cancel'],
  LAUNCH: ['Phát động', 'Launch'],
  CONCLUDE: ['Tổng kết', 'Conclude'],
  ARCHIVE: ['Lưu trữ', 'Archive'],
  ASSIGN: ['Giao chỉ tiêu', 'Assign'],
  EVALUATE: ['Đánh giá kết quả', 'Evaluate'],
  REOPEN: ['Mở lại', 'Reopen'],
  UNSCHEDULE: ['Rút khỏi phiên họp', 'Taken off the session'],
};

/** A state's or an event's name in a language; the code itself when it has none. */
export function workflowLabel(kind: 'state' | 'event', code: string, lang: 'vi' | 'en' = 'vi'): string {
  const entry = (kind === 'state' ? STATE_LABELS : EVENT_LABELS)[code];
  return entry ? entry[lang === 'en' ? 1 : 0] : code;
}
